// Rules across resources of one stack, for License Manager user subscriptions. AWS asks for a directory registered
// for a product before a user subscribes to that product, and for a subscription before the user is associated
// with an instance (AWS License Manager user guide, "Get started with user-based subscriptions"). A stack that
// breaks the first gets its refusal from AWS only at `pulumi up`; these policies say so at `pulumi preview`.
// Values not known yet (outputs of other resources during a preview) make a rule skip what they could match.
import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { known, USER_ASSOCIATION_TOKEN } from "./policies";

export const REGISTRATION_TOKEN = "awsidentity:licensemanager:IdentityProviderRegistration";
export const SUBSCRIPTION_TOKEN = "awsidentity:licensemanager:ProductSubscription";

/** A resource's directory, product, user and domain; `undefined` for what is unset or not known yet. */
interface Keys {
    resource: PolicyResource;
    known: boolean;
    directoryId?: string;
    product?: string;
    username?: string;
    domain?: string;
}

function text(read: () => unknown): string | undefined {
    const value = known(read);
    return typeof value === "string" ? value : undefined;
}

/** `known` is false when a key the rules compare is not known yet (set, but an output still to come). */
export function keysOf(resource: PolicyResource): Keys {
    let complete = true;
    const read = (r: () => unknown): string | undefined => {
        const probe = known(() => { r(); return true; });
        if (probe === undefined) complete = false;
        return text(r);
    };
    const keys = {
        resource,
        directoryId: read(() => resource.props.identityProvider?.activeDirectoryIdentityProvider?.directoryId),
        product: read(() => resource.props.product),
        username: read(() => resource.props.username),
        domain: read(() => resource.props.domain),
    };
    return { ...keys, known: complete };
}

const same = (a?: string, b?: string) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Domains match when both are unset, equal ignoring case, or one side leaves it to the directory. */
const sameDomain = (a?: string, b?: string) => a === undefined || b === undefined || same(a, b);

const ofType = (resources: PolicyResource[], token: string) => resources.filter((r) => r.type === token).map(keysOf);

export const subscriptionRegistered: StackValidationPolicy = {
    name: "licensemanager-subscription-registered-product",
    description: "A ProductSubscription's directory is registered in the same stack for the subscription's product.",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            externallyRegisteredDirectories: { type: "array", items: { type: "string" }, default: [] },
        },
    },
    validateStack: (args, report) => {
        const registrations = ofType(args.resources, REGISTRATION_TOKEN);
        if (registrations.some((r) => !r.known)) return; // a registration's directory or product is still to come
        const external = args.getConfig<{ externallyRegisteredDirectories?: string[] }>().externallyRegisteredDirectories ?? [];
        for (const s of ofType(args.resources, SUBSCRIPTION_TOKEN)) {
            if (!s.known || s.directoryId === undefined || s.product === undefined) continue;
            const ofDirectory = registrations.filter((r) => r.directoryId === s.directoryId);
            if (ofDirectory.some((r) => r.product === s.product)) continue;
            if (ofDirectory.length > 0) {
                const products = [...new Set(ofDirectory.map((r) => r.product))].join(", ");
                report(`${s.resource.name}: directory ${s.directoryId} is registered in this stack only for ${products}, not for ${s.product}; ` +
                    `register it for ${s.product} or subscribe the user to a registered product`, s.resource.urn);
            } else if (!external.includes(s.directoryId)) {
                report(`${s.resource.name}: no IdentityProviderRegistration in this stack registers directory ${s.directoryId} for ${s.product}; ` +
                    `add one, or list the directory in the pack's externallyRegisteredDirectories config if another stack registers it`, s.resource.urn);
            }
        }
    },
};

export const associationSubscribed: StackValidationPolicy = {
    name: "licensemanager-association-subscribed",
    description: "A UserAssociation's user holds a ProductSubscription of the same directory in the same stack.",
    enforcementLevel: "advisory",
    validateStack: (args, report) => {
        const subscriptions = ofType(args.resources, SUBSCRIPTION_TOKEN);
        if (subscriptions.some((s) => !s.known)) return;
        for (const a of ofType(args.resources, USER_ASSOCIATION_TOKEN)) {
            if (!a.known || a.directoryId === undefined || a.username === undefined) continue;
            const subscribed = subscriptions.some((s) => s.directoryId === a.directoryId && same(s.username, a.username) && sameDomain(s.domain, a.domain));
            if (!subscribed) {
                report(`${a.resource.name}: user ${a.username} of directory ${a.directoryId} has no ProductSubscription in this stack; ` +
                    "AWS refuses the association until the user is subscribed (unless another stack subscribes them)", a.resource.urn);
            }
        }
    },
};

export const stackPolicies: StackValidationPolicy[] = [subscriptionRegistered, associationSubscribed];
