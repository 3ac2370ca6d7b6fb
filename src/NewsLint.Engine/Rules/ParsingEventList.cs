using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsLint.Rules;

/// <summary>Replays events already read (by <see cref="PlainYamlReader"/>) to YamlDotNet's representation model.</summary>
internal sealed class ParsingEventList : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next;

    public ParsingEventList(List<ParsingEvent> events)
    {
        _events = events;
    }

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= _events.Count)
        {
            Current = null;
            return false;
        }

        Current = _events[_next++];
        return true;
    }
}
