using System.Globalization;

namespace AwsIdentity.Bench;

/// <summary>What the kernel knows about a running process (Linux /proc): peak resident set and CPU time.</summary>
public static class ProcessFigures
{
    /// <summary>Peak resident set (VmHWM in /proc/pid/status) in MB.</summary>
    public static double PeakRssMb(int pid)
    {
        var hwm = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(hwm["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>User + system CPU seconds so far (fields 14 and 15 of /proc/pid/stat, in clock ticks of 1/100 s).</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
