using System.Runtime.Versioning;

// The demo runs on Linux and macOS only (README "Platforms"); these tests use Unix file modes and shell scripts.
[assembly: UnsupportedOSPlatform("windows")]
