namespace ConflictModel.Package.Tests;

/// <summary>The files of the consumer projects: a schema of their own, and a program mixing it with built-in kinds.</summary>
internal static class ConsumerSources
{
    public static string Project(string version, bool aot) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <RootNamespace>Field.Reports</RootNamespace>
            <InvariantGlobalization>true</InvariantGlobalization>
            {(aot ? "<PublishAot>true</PublishAot><JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>" : string.Empty)}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ConflictModel" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    public const string Schema = """
        {
          "event": "Roadblock",
          "type": "roadblock",
          "version": 1,
          "doc": "A road blocked by armed men.",
          "fields": {
            "operator": { "type": "Actor", "required": true, "doc": "Who holds it." },
            "lanes":    { "type": "int", "min": 1, "doc": "Lanes closed." },
            "guards":   { "type": "Target[]", "doc": "What it protects; Target is a built-in record." },
            "material": { "type": "BarrierMaterial", "doc": "What blocks the road." }
          },
          "enums": { "BarrierMaterial": ["concrete", "sandbags"] }
        }
        """;

    public const string Program = """
        using ConflictModel;
        using ConflictModel.Events;
        using ConflictModel.Serialization;
        using Field.Reports;
        using NodaTime;

        ConflictEvent[] events =
        [
            new Strike
            {
                Id = "s1",
                Attacker = new Actor { Name = "Russian forces", Kind = ActorKind.StateForces },
                Weapons = [WeaponKind.CruiseMissile],
                Munitions = Estimate.Exactly(48),
                When = EventTime.OnDay(new LocalDate(2022, 6, 25)).WithPartOfDay(PartOfDay.Night),
            },
            new Roadblock
            {
                Id = "r1",
                Operator = new Actor { Name = "Militia" },
                Lanes = 2,
                Material = BarrierMaterial.Sandbags,
                Guards = [new Target { Kind = TargetKind.Transport, Name = "bridge" }],
            },
        ];

        var json = ConflictJson.SerializeArray(events);
        var back = ConflictJson.DeserializeArray(json);
        var unknown = ConflictJson.Deserialize("{\"type\":\"ceasefire\",\"id\":\"c1\",\"holds\":true}");
        Console.WriteLine("types: " + string.Join(",", back.Select(e => e.Type)));
        Console.WriteLine("equal: " + back.SequenceEqual(events));
        Console.WriteLine("munitions: " + ((Strike)back[0]).Munitions);
        Console.WriteLine("material: " + ((Roadblock)back[1]).Material);
        Console.WriteLine("catalog: " + (EventCatalog.TryFind("roadblock", out var kind) ? kind.ClrType.Name : "missing") + "," + (EventCatalog.TryFind("strike", out _) ? "strike" : "missing"));
        Console.WriteLine("serializer: " + (System.Text.Json.JsonSerializer.Serialize(back[1], ConflictJson.EventTypeInfo) == ConflictJson.Serialize(events[1])));
        Console.WriteLine("schema: " + kind!.JsonSchema.Contains("urn:conflictmodel:schema:roadblock:1", StringComparison.Ordinal));
        Console.WriteLine("unknown: " + unknown.GetType().Name + "," + (ConflictJson.Serialize(unknown) == "{\"type\":\"ceasefire\",\"id\":\"c1\",\"holds\":true}"));
        Console.WriteLine("invalid: " + string.Join(";", (((Roadblock)back[1]) with { Lanes = 0 }).Validate()));
        """;

    public static readonly string[] ExpectedOutput =
    [
        "types: strike,roadblock",
        "equal: True",
        "munitions: 48",
        "material: Sandbags",
        "catalog: Roadblock,strike",
        "serializer: True",
        "schema: True",
        "unknown: UnknownEvent,True",
        "invalid: $.lanes: must be at least 1, is 0",
    ];

    public static string Write(string folder, string version, bool aot)
    {
        File.WriteAllText(Path.Combine(folder, "Field.Reports.csproj"), Project(version, aot));
        Directory.CreateDirectory(Path.Combine(folder, "Schemas"));
        File.WriteAllText(Path.Combine(folder, "Schemas", "roadblock.event.json"), Schema);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        return folder;
    }
}
