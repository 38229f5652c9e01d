using System.Text;
using Mamori.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await MamoriCli.InvokeAsync(args, Console.Out, Console.Error);
