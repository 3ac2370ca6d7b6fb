using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules;

/// <summary>Loads YAML safely: representation model only, so a rule file is data and can never construct types.</summary>
public static class YamlDocuments
{
    /// <summary>The root mapping of a rule file, or null (with NL0001 reported) when it is not valid YAML or not a mapping.</summary>
    public static YamlMappingNode? LoadRoot(RuleFileReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(reader.Source.Text));
        }
        catch (YamlException ex)
        {
            reader.Error(ex.Start, ex.End, "not valid YAML: " + ex.Message.Trim());
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            reader.Error((YamlNode?)null, "the file is empty");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Error(stream.Documents[0].RootNode, "the file must be a mapping of keys to values");
            return null;
        }

        return root;
    }
}
