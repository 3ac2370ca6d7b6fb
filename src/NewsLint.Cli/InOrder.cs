using System;

namespace NewsLint.Cli;

/// <summary>
/// Passes on results that finish in any order, in index order, each as soon as every earlier one is in: a run over an
/// archive holds only the results still waiting for an earlier file, not every finding of every article until the end
/// (which also made each garbage collection copy them). Thread-safe; <see cref="Emit"/> runs under the lock, one
/// result at a time, on whichever thread completed the result it was waiting for.
/// </summary>
internal sealed class InOrder<T>
    where T : class
{
    private readonly T?[] _waiting;
    private readonly Action<T> _emit;
    private readonly object _gate = new();
    private int _next;

    public InOrder(int count, Action<T> emit)
    {
        _waiting = new T?[count];
        _emit = emit;
    }

    /// <summary>How many results have been passed on.</summary>
    public int Emitted => _next;

    public void Complete(int index, T result)
    {
        lock (_gate)
        {
            _waiting[index] = result;
            while (_next < _waiting.Length && _waiting[_next] is { } ready)
            {
                _waiting[_next++] = null;
                _emit(ready);
            }
        }
    }
}
