namespace AwsIdentity.Provider.Terraform;

/// <summary>
/// Routes what ASP.NET Core, Kestrel and gRPC log at <paramref name="minimum"/> or above into <see cref="HclogWriter"/>,
/// so in Terraform mode every stderr line is an hclog JSON line.
/// </summary>
public sealed class HclogLoggerProvider(HclogWriter writer, LogLevel minimum) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(writer, categoryName, minimum);

    public void Dispose()
    {
    }

    private sealed class Logger(HclogWriter writer, string category, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            if (exception is not null) message += $" ({exception.GetType().Name}: {exception.Message})";
            writer.Write(logLevel switch
            {
                LogLevel.Trace => HclogLevel.Trace,
                LogLevel.Debug => HclogLevel.Debug,
                LogLevel.Information => HclogLevel.Info,
                LogLevel.Warning => HclogLevel.Warn,
                _ => HclogLevel.Error,
            }, $"{category}: {message}");
        }
    }
}
