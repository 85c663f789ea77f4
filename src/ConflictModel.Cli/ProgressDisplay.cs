using System;
using System.Diagnostics;
using System.Globalization;

namespace ConflictModel.Cli;

/// <summary>
/// A one-line count of the records read so far (<c>read 120,000 events…</c>), redrawn in place with <c>\r</c> on
/// standard error. It appears only when standard error is a terminal and the work has taken more than a second,
/// and is erased when the work is done; otherwise it writes nothing.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly long Delay = Stopwatch.Frequency;
    private static readonly long Interval = Stopwatch.Frequency / 10;

    private readonly CliConsole _console;
    private readonly string _verb;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _nextDraw;
    private long _count;
    private int _drawnLength;

    /// <summary>Starts counting.</summary>
    /// <param name="console">The console; nothing is shown unless its error side is a terminal.</param>
    /// <param name="verb">What is being done to the events, e.g. <c>read</c>.</param>
    public ProgressDisplay(CliConsole console, string verb = "read")
    {
        _console = console;
        _verb = verb;
        _nextDraw = _started + Delay;
    }

    /// <summary>Counts one more event, redrawing the line when it is due.</summary>
    public void Increment()
    {
        _count++;
        if (!_console.IsErrorTerminal)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (now < _nextDraw)
        {
            return;
        }

        _nextDraw = now + Interval;
        var text = string.Create(CultureInfo.InvariantCulture, $"{_verb} {_count:N0} events…");
        _console.Error.Write("\r" + text.PadRight(_drawnLength));
        _console.Error.Flush();
        _drawnLength = text.Length;
    }

    /// <summary>Erases the line, if one was drawn, so that other output can be written; it is redrawn when next due.</summary>
    public void Clear()
    {
        if (_drawnLength > 0)
        {
            _console.Error.Write("\r" + new string(' ', _drawnLength) + "\r");
            _console.Error.Flush();
            _drawnLength = 0;
        }
    }

    /// <summary>Erases the line, if one was drawn.</summary>
    public void Dispose() => Clear();
}
