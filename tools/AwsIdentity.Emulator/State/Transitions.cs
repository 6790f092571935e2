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
            if (association.Status == "ASSOCIATING")
            {
                FinishAssociation(association);
            }
            else if (association.Status == "DISASSOCIATING")
            {
                association.Status = "DISASSOCIATED";
                association.DisassociationDate = association.DueAt;
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

    private static void FinishAssociation(AssociationRecord association)
    {
        if (association.PlannedFailureStatus is { } status)
        {
            association.Status = status;
            association.StatusMessage = association.PlannedFailureMessage;
            return;
        }

        association.Status = "ASSOCIATED";
        association.AssociationDate = association.DueAt;
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
