using Packages.Contracts;

// Writes the documents derived from code into the repository (default: the current directory).
var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
foreach (var (path, text) in ContractDocuments.Generate(root))
{
    var file = Path.Combine(root, path);
    var changed = !File.Exists(file) || File.ReadAllText(file) != text;
    if (changed)
    {
        File.WriteAllText(file, text);
    }

    Console.WriteLine($"{(changed ? "wrote    " : "unchanged")} {path}");
}
