using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class StateFileTests
{
    [Fact]
    public async Task State_survives_a_restart()
    {
        var dir = Directory.CreateTempSubdirectory("emulator-state-");
        var file = Path.Combine(dir.FullName, "state.json");
        try
        {
            var options = new EmulatorOptions { StateFile = file, Transition = TestEmulator.Transition };
            string arn;
            await using (var first = await TestEmulator.StartAsync(options))
            {
                arn = await Scenarios.ActiveConfigAsync(first);
                await Scenarios.RegisterAsync(first);
                await LmusScenarios.SubscribeAsync(first, "alice");
                (await first.LmusAsync("/user/AssociateUser", Scenarios.User("alice"))).Ok();
            }

            Assert.True(File.Exists(file));
            Assert.Empty(Directory.GetFiles(dir.FullName, "*.tmp"));
            await using var second = await TestEmulator.StartAsync(options);
            var config = (await second.EksAsync("POST", "/clusters/demo/identity-provider-configs/describe", Scenarios.ConfigRef())).Ok().Body;
            Assert.Equal(arn, (string)config["identityProviderConfig"]!["oidc"]!["identityProviderConfigArn"]!);
            Assert.Single((await second.LmusAsync("/user/ListUserAssociations", Scenarios.ListUsers())).Ok().Body["InstanceUserSummaries"]!.AsArray());
            Assert.Equal([("alice", "SUBSCRIBED")], await LmusScenarios.ListedAsync(second));
            (await second.ControlAsync("POST", "reset")).Ok();
            Assert.DoesNotContain("demo", await File.ReadAllTextAsync(file, Timeouts.Token()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
