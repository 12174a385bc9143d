using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Deployment.Tests.Infrastructure;

/// <summary>One resource of the compiled template, found in main or in a module's inline template.</summary>
internal sealed record ArmResource(string Module, string Symbol, JsonElement Body, JsonElement Template)
{
    public string Type => Body.GetProperty("type").GetString() ?? "";

    /// <summary>A reference to a resource this template does not deploy (Bicep's <c>existing</c>).</summary>
    public bool IsExisting => Body.TryGetProperty("existing", out var existing) && existing.ValueKind == JsonValueKind.True;

    public JsonElement Properties => Body.GetProperty("properties");

    public override string ToString() => $"{Module}/{Symbol} ({Type})";
}

/// <summary>
/// Reading a template Bicep compiled: resources as an array or, in language version 2.0, as an object keyed by
/// symbolic name; modules as <c>Microsoft.Resources/deployments</c> with an inline template and parameter values.
/// </summary>
internal static partial class Arm
{
    public const string DeploymentType = "Microsoft.Resources/deployments";

    /// <summary>Every resource in the template and, recursively, in its modules' templates.</summary>
    public static IReadOnlyList<ArmResource> AllResources(JsonElement template, string module = "main")
    {
        var all = new List<ArmResource>();
        foreach (var (symbol, body) in ResourcesOf(template))
        {
            all.Add(new ArmResource(module, symbol, body, template));
            if (body.GetProperty("type").GetString() == DeploymentType && body.TryGetProperty("properties", out var properties)
                && properties.TryGetProperty("template", out var inner))
            {
                all.AddRange(AllResources(inner, symbol));
            }
        }

        return all;
    }

    public static IEnumerable<(string Symbol, JsonElement Body)> ResourcesOf(JsonElement template)
    {
        if (!template.TryGetProperty("resources", out var resources))
        {
            yield break;
        }

        if (resources.ValueKind == JsonValueKind.Object)
        {
            foreach (var resource in resources.EnumerateObject())
            {
                yield return (resource.Name, resource.Value);
            }
        }
        else
        {
            var index = 0;
            foreach (var resource in resources.EnumerateArray())
            {
                yield return (resource.TryGetProperty("name", out var name) ? name.GetString() ?? $"#{index}" : $"#{index}", resource);
                index++;
            }
        }
    }

    /// <summary>The main template's module deployment with the given symbolic name.</summary>
    public static JsonElement Module(JsonElement main, string symbol)
    {
        var module = Assert.Single(ResourcesOf(main), r => r.Symbol == symbol).Body;
        Assert.Equal(DeploymentType, module.GetProperty("type").GetString());
        return module;
    }

    /// <summary>The expression or literal main passes to a module parameter (a loop comes back as its JSON).</summary>
    public static string ModuleArgument(JsonElement main, string module, string parameter)
    {
        var argument = Module(main, module).GetProperty("properties").GetProperty("parameters").GetProperty(parameter);
        return (argument.TryGetProperty("value", out var value) ? value : argument).ToString();
    }

    /// <summary>
    /// The literal value behind an expression of the main template: a literal, <c>[variables('x')]</c> or
    /// <c>[variables('x').y]</c>; anything else is computed at deployment and comes back as null.
    /// </summary>
    public static string? ResolveInMain(JsonElement main, string expression)
    {
        if (!expression.StartsWith('['))
        {
            return expression;
        }

        var match = VariableReference().Match(expression);
        if (!match.Success || !main.GetProperty("variables").TryGetProperty(match.Groups[1].Value, out var value))
        {
            return null;
        }

        if (match.Groups[2].Success && !(value.ValueKind == JsonValueKind.Object && value.TryGetProperty(match.Groups[2].Value, out value)))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? ResolveInMain(main, value.GetString()!) : null;
    }

    /// <summary>The literal value behind an expression of a module's template (a literal, or <c>[parameters('p')]</c> passed a resolvable value).</summary>
    public static string? ResolveInModule(JsonElement main, string module, string expression)
    {
        var match = ParameterReference().Match(expression);
        return match.Success ? ResolveInMain(main, ModuleArgument(main, module, match.Groups[1].Value)) : ResolveInMain(main, expression);
    }

    /// <summary>A string at a property path, or null.</summary>
    public static string? String(JsonElement element, params string[] path) =>
        Find(element, path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static JsonElement? Find(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    [GeneratedRegex(@"^\[variables\('(\w+)'\)(?:\.(\w+))?\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^\[parameters\('(\w+)'\)\]$")]
    private static partial Regex ParameterReference();
}
