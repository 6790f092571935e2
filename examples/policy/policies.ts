// Guardrails for awsidentity resources. Each policy reads inputs only, so it runs during `pulumi preview`; a value
// that is not known yet (an output of another resource) is skipped there and checked again by `pulumi up`, where
// inputs are known before the resource is created.
import { ResourceValidationArgs, ResourceValidationPolicy, UnknownValueError } from "@pulumi/policy";

export const OIDC_TOKEN = "awsidentity:eks:IdentityProviderConfig";
export const USER_ASSOCIATION_TOKEN = "awsidentity:licensemanager:UserAssociation";

/** Issuers trusted when the pack's config does not name any. */
export const DEFAULT_ALLOWED_ISSUERS = [
    "https://sso.example.com",
    "https://login.microsoftonline.com/",
    "https://accounts.google.com",
];

/** The value `read` returns, or `undefined` when it touches a value not known during preview. */
export function known<T>(read: () => T): T | undefined {
    try {
        return read();
    } catch (e) {
        if (e instanceof UnknownValueError) return undefined;
        throw e;
    }
}

/** Whether `url` is one of the allowed issuers or below one of them (same origin, path prefix at a "/" boundary). */
export function issuerAllowed(url: string, allowed: string[]): boolean {
    const norm = (u: string) => u.replace(/\/+$/, "");
    return allowed.some((a) => {
        const base = norm(a);
        return norm(url) === base || url.startsWith(base + "/");
    });
}

const ofType = (token: string, validate: (args: ResourceValidationArgs, report: (message: string) => void) => void) =>
    (args: ResourceValidationArgs, reportViolation: (message: string, urn?: string) => void) => {
        if (args.type === token) validate(args, (m) => reportViolation(m));
    };

export const trustedIssuer: ResourceValidationPolicy = {
    name: "eks-oidc-trusted-issuer",
    description: "EKS clusters trust OIDC tokens only from the organisation's identity providers.",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            allowedIssuers: { type: "array", items: { type: "string" }, default: DEFAULT_ALLOWED_ISSUERS },
        },
    },
    validateResource: ofType(OIDC_TOKEN, (args, report) => {
        const url = known(() => args.props.oidc?.issuerUrl as string | undefined);
        if (url === undefined) return;
        const allowed = args.getConfig<{ allowedIssuers?: string[] }>().allowedIssuers ?? DEFAULT_ALLOWED_ISSUERS;
        if (!issuerAllowed(url, allowed)) {
            report(`issuer ${url} is not on the allow-list (${allowed.join(", ")}); add it to the pack's allowedIssuers config if it is trusted`);
        }
    }),
};

export const groupsClaimRequired: ResourceValidationPolicy = {
    name: "eks-oidc-groups-claim",
    description: "OIDC configs map groups (groupsClaim) so access is granted to groups through RBAC, not to single users.",
    enforcementLevel: "mandatory",
    validateResource: ofType(OIDC_TOKEN, (args, report) => {
        const oidc = known(() => args.props.oidc);
        if (oidc === undefined) return;
        const claim = known(() => oidc.groupsClaim as string | undefined);
        if (claim === undefined && !known(() => "groupsClaim" in oidc)) report("oidc.groupsClaim is required (for example \"groups\")");
    }),
};

export const safeGroupsPrefix: ResourceValidationPolicy = {
    name: "eks-oidc-groups-prefix",
    description: "OIDC group names get a prefix, so no identity-provider group can become a Kubernetes system group such as system:masters.",
    enforcementLevel: "mandatory",
    validateResource: ofType(OIDC_TOKEN, (args, report) => {
        const oidc = known(() => args.props.oidc);
        if (oidc === undefined || !known(() => oidc.groupsClaim)) return;
        if (!("groupsPrefix" in oidc)) return report("oidc.groupsPrefix is required when groupsClaim is set (for example \"oidc:\")");
        const prefix = known(() => oidc.groupsPrefix as string);
        if (prefix !== undefined && (prefix === "" || prefix.startsWith("system:"))) {
            report(`oidc.groupsPrefix "${prefix}" must be non-empty and must not start with "system:"`);
        }
    }),
};

export const ownerTag: ResourceValidationPolicy = {
    name: "licensemanager-owner-tag",
    description: "User associations carry an owner tag naming who pays for the subscription.",
    enforcementLevel: "mandatory",
    validateResource: ofType(USER_ASSOCIATION_TOKEN, (args, report) => {
        if (!("tags" in args.props)) return report("tags.owner is required");
        const tags = known(() => args.props.tags as Record<string, string>);
        if (tags === undefined) return; // not known during preview
        if (!("owner" in tags)) return report("tags.owner is required");
        const owner = known(() => tags.owner);
        if (owner !== undefined && owner.trim() === "") report("tags.owner must not be empty");
    }),
};

export const sharedDirectoryDomain: ResourceValidationPolicy = {
    name: "licensemanager-shared-directory-domain",
    description: "A user from a directory shared by another account is associated with an explicit domain.",
    enforcementLevel: "mandatory",
    validateResource: ofType(USER_ASSOCIATION_TOKEN, (args, report) => {
        const shared = known(() => args.props.identityProvider?.activeDirectoryIdentityProvider?.isSharedActiveDirectory);
        const directoryId = known(() => args.props.identityProvider?.activeDirectoryIdentityProvider?.directoryId as string | undefined);
        const isShared = shared === true || (typeof directoryId === "string" && directoryId.startsWith("sd-"));
        if (isShared && !("domain" in args.props)) report("domain is required for a shared Active Directory");
    }),
};

export const selfManagedDirectorySettings: ResourceValidationPolicy = {
    name: "licensemanager-self-managed-directory",
    description: "A self-managed Active Directory names its domain, DNS servers, Secrets Manager credentials and subnets.",
    enforcementLevel: "advisory",
    validateResource: ofType(USER_ASSOCIATION_TOKEN, (args, report) => {
        const ad = known(() => args.props.identityProvider?.activeDirectoryIdentityProvider);
        if (ad === undefined || known(() => ad.activeDirectoryType) !== "SELF_MANAGED") return;
        if (!("activeDirectorySettings" in ad)) return report("a SELF_MANAGED directory needs activeDirectorySettings");
        const settings = known(() => ad.activeDirectorySettings);
        if (settings === undefined) return;
        const missing = ["domainName", "domainCredentialsProvider", "domainNetworkSettings"].filter((k) => !(k in settings));
        if (!("domainIpv4List" in settings) && !("domainIpv6List" in settings)) missing.push("domainIpv4List or domainIpv6List");
        if (missing.length > 0) report(`activeDirectorySettings lacks ${missing.join(", ")}`);
    }),
};

export const policies: ResourceValidationPolicy[] = [
    trustedIssuer,
    groupsClaimRequired,
    safeGroupsPrefix,
    ownerTag,
    sharedDirectoryDomain,
    selfManagedDirectorySettings,
];
