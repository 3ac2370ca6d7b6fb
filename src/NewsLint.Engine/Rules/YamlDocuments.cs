using System;
using System.Collections.Generic;
using System.IO;
using NewsLint.Diagnostics;
using NewsLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules;

/// <summary>
/// Loads YAML safely: representation model only, so a rule file is data and can never construct types. Plain files are
/// read by <see cref="PlainYamlReader"/>, the rest by YamlDotNet's parser; both give the model the same events.
/// </summary>
public static class YamlDocuments
{
    /// <summary>The root mapping of a rule file, or null (with NL0001 reported) when it is not valid YAML or not a mapping.</summary>
    public static YamlMappingNode? LoadRoot(RuleFileReader reader) => LoadRoot(reader, reader.Source.Text);

    /// <summary>
    /// The root mapping of <paramref name="text"/>, a prefix of the rule file (e.g. the front matter of a Markdown rule
    /// file, from its opening <c>---</c>), so that positions in it are positions in the file.
    /// </summary>
    public static YamlMappingNode? LoadRoot(RuleFileReader reader, string text)
    {
        // The plain reader accepts only characters YAML allows, so a text it reads needs no search for forbidden ones.
        List<ParsingEvent>? events = PlainYamlReader.TryRead(text);
        int forbidden = events is null ? YamlCharacters.FindForbidden(text) : -1;
        if (forbidden >= 0)
        {
            reader.ReportAt(InfrastructureDescriptors.InvalidRuleFile, new TextSpan(forbidden, 1), "not valid YAML: it contains " + YamlCharacters.Describe(text[forbidden]));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            if (events is null)
            {
                stream.Load(new StringReader(text));
            }
            else
            {
                stream.Load(new ParsingEventList(events));
            }
        }
        catch (YamlException ex)
        {
            reader.Error(ex.Start, ex.End, "not valid YAML: " + ex.Message.Trim());
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's failure on a flow list or mapping left open at the end of the file: no position of its own.
            int at = YamlCharacters.FindUnclosedFlow(text);
            reader.ReportAt(InfrastructureDescriptors.InvalidRuleFile, new TextSpan(at, at < text.Length ? 1 : 0), "not valid YAML: a '[' or '{' is never closed");
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
