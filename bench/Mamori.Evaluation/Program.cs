using System.CommandLine;
using System.Text;
using Mamori.Evaluation.Commands;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("Mamori evaluation: labelled corpora, accuracy scores and large test files")
{
    GenerateCommand.Create(),
    EvaluateCommand.Create(),
    BigFileCommand.Create(),
};
return root.Parse(args).Invoke();
