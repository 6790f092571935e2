using System.Text.Json;

namespace AwsIdentity.Emulator.State;

/// <summary>
/// The emulator's state behind one lock. Every access settles due transitions first, and, with a state
/// file, writes the state atomically (temp file + rename) whenever it changed.
/// </summary>
public sealed class EmulatorStore
{
    private readonly Lock _gate = new();
    private readonly string? _stateFile;
    private StateData _state;
    private string _lastSaved = "";
    private TimeSpan _transition;

    public EmulatorStore(TimeProvider time, TimeSpan transition, string? stateFile)
    {
        Time = time;
        _transition = transition;
        _stateFile = stateFile;
        _state = LoadOrEmpty(stateFile);
        _lastSaved = Serialize(_state);
    }

    public TimeProvider Time { get; }

    public TimeSpan Transition
    {
        get { lock (_gate) { return _transition; } }
        set { lock (_gate) { _transition = value; } }
    }

    /// <summary>Runs an action on the settled state under the lock; persists any change.</summary>
    public T Run<T>(Func<StateData, DateTimeOffset, TimeSpan, T> action)
    {
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            Transitions.Settle(_state, now);
            try
            {
                return action(_state, now, _transition);
            }
            finally
            {
                Persist();
            }
        }
    }

    public void Run(Action<StateData, DateTimeOffset> action) =>
        Run<bool>((state, now, _) => { action(state, now); return true; });

    public void Reset()
    {
        lock (_gate)
        {
            _state = new StateData();
            Persist();
        }
    }

    /// <summary>The settled state as indented JSON.</summary>
    public string Dump() => Run((state, _, _) => Serialize(state));

    private void Persist()
    {
        if (_stateFile is null)
        {
            return;
        }

        var json = Serialize(_state);
        if (json == _lastSaved)
        {
            return;
        }

        var temp = _stateFile + ".tmp";
        File.WriteAllText(temp, json);
        File.Move(temp, _stateFile, overwrite: true);
        _lastSaved = json;
    }

    private static string Serialize(StateData state) => JsonSerializer.Serialize(state, StateJsonContext.Default.StateData);

    private static StateData LoadOrEmpty(string? stateFile)
    {
        if (stateFile is null || !File.Exists(stateFile))
        {
            return new StateData();
        }

        return JsonSerializer.Deserialize(File.ReadAllText(stateFile), StateJsonContext.Default.StateData) ?? new StateData();
    }
}
