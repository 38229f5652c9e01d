using System.Text;
using Mamori.Evaluation;

Console.OutputEncoding = Encoding.UTF8;
return EvaluationCli.Run(args, Console.Out, Console.Error);
