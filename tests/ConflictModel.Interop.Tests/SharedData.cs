namespace ConflictModel.Interop.Tests;

/// <summary>The real ACLED, UCDP and PLOVER records in the shared folder beside the repository, read in place.</summary>
internal static class SharedData
{
    public static string Root { get; } = FindRepository();

    public static string Folder => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string File(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found above " + AppContext.BaseDirectory);
    }
}
