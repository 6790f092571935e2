namespace AwsIdentity.Emulator.State;

/// <summary>
/// Applies the asynchronous transitions whose time has come. Evaluated lazily (before every read or write)
/// from the timestamps stored on each record, so a fake clock drives them deterministically.
/// </summary>
public static class Transitions
{
    public static void Settle(StateData state, DateTimeOffset now)
    {
        foreach (var cluster in state.Clusters.Where(c => c.DueAt <= now).ToList())
        {
            if (cluster.Status == "CREATING")
            {
                cluster.Status = "ACTIVE";
            }
            else if (cluster.Status == "DELETING")
            {
                RemoveCluster(state, cluster);
            }
        }

        foreach (var update in state.Updates.Where(u => u.Status == "InProgress" && u.DueAt <= now).OrderBy(u => u.DueAt))
        {
            Complete(state, update);
        }

        foreach (var association in state.Associations.Where(a => a.DueAt <= now))
        {
            if (association.Status == "ASSOCIATING" && Finish(association, "ASSOCIATED"))
            {
                association.AssociationDate = association.DueAt;
            }
            else if (association.Status == "DISASSOCIATING")
            {
                association.Status = "DISASSOCIATED";
                association.DisassociationDate = association.DueAt;
            }
        }

        SettleRegistrations(state, now);
        foreach (var subscription in state.Subscriptions.Where(s => s.DueAt <= now))
        {
            if (subscription.Status == LmusStatus.Subscribing)
            {
                Finish(subscription, LmusStatus.Subscribed);
            }
            else if (subscription.Status == LmusStatus.Stopping)
            {
                subscription.Status = LmusStatus.Stopped;
                subscription.EndDate = subscription.DueAt;
            }
        }
    }

    /// <summary>A registration ends REGISTERING as registered (or failed); one ending DEREGISTERING is gone.</summary>
    private static void SettleRegistrations(StateData state, DateTimeOffset now)
    {
        foreach (var registration in state.IdentityProviders.Where(p => p.DueAt <= now).ToList())
        {
            if (registration.Status == LmusStatus.Registering)
            {
                Finish(registration, LmusStatus.Registered);
            }
            else if (registration.Status == LmusStatus.Deregistering)
            {
                state.IdentityProviders.Remove(registration);
                state.Tags.Remove(registration.Arn);
            }
        }
    }

    private static void Complete(StateData state, UpdateRecord update)
    {
        var config = state.Configs.FirstOrDefault(c => c.ClusterName == update.ClusterName && c.Name == update.ConfigName);
        var associate = update.Type == "AssociateIdentityProviderConfig";
        if (update.PlannedFailure is { } failure)
        {
            update.Status = "Failed";
            update.Errors = [failure];
            if (config is not null && associate)
            {
                // A failed association leaves no config behind.
                state.Configs.Remove(config);
                state.Tags.Remove(config.Arn);
            }
            else if (config is not null)
            {
                config.Status = "ACTIVE";
            }

            return;
        }

        update.Status = "Successful";
        if (config is not null && associate)
        {
            config.Status = "ACTIVE";
        }
        else if (config is not null)
        {
            state.Configs.Remove(config);
            state.Tags.Remove(config.Arn);
        }
    }

    /// <summary>Ends a transitional status: in the failure a fault armed, else in <paramref name="settled"/>
    /// (true).</summary>
    private static bool Finish(IStatusRecord record, string settled)
    {
        if (record.PlannedFailureStatus is { } status)
        {
            record.Status = status;
            record.Message = record.PlannedFailureMessage;
            return false;
        }

        record.Status = settled;
        return true;
    }

    public static void RemoveCluster(StateData state, ClusterRecord cluster)
    {
        state.Clusters.Remove(cluster);
        state.Tags.Remove(cluster.Arn);
        foreach (var config in state.Configs.Where(c => c.ClusterName == cluster.Name).ToList())
        {
            state.Configs.Remove(config);
            state.Tags.Remove(config.Arn);
        }

        state.Updates.RemoveAll(u => u.ClusterName == cluster.Name);
    }
}
