# awsidentity — every build, install and test step lives here (README: `make demo`, `make test`).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

DOTNET      ?= dotnet
NPM         ?= npm
CONFIG      ?= Release
VERSION     ?= 0.1.0
PREFIX      ?= /usr/local/bin
BIN         := $(CURDIR)/bin
PROVIDER    := $(BIN)/pulumi-resource-awsidentity
# The same binary under terraform's name (ARCHITECTURE.md "Layout"): a copy, as terraform runs a file named for it.
TF_PROVIDER := $(BIN)/terraform-provider-awsidentity
EMULATOR    := $(BIN)/awsidentity-emulator
DOTNET_FLAGS := -c $(CONFIG) -p:Version=$(VERSION) --nologo
# `dotnet run` hands options it does not know (such as --nologo) to the program: no --nologo there.
RUN_FLAGS   := -c $(CONFIG) -p:Version=$(VERSION)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export AWSIDENTITY_BIN := $(BIN)

.PHONY: build restore provider emulator install install-terraform check test-unit test test-terraform test-conformance test-sdk test-csharp csharp-restore docs dist demo bench soak schema sdk sdk-nodejs sdk-dotnet examples clean npm-deps npm-workspace

build: provider emulator

restore:
	$(DOTNET) restore Provider.sln --nologo

# NativeAOT, self-contained: start-up ~50 ms (ARCHITECTURE.md "Layout"). NativeAOT builds for the host only (README
# "Platforms"): tools/host-rid.sh maps `uname -s`/`uname -m` to linux-x64, linux-arm64, osx-x64 or osx-arm64 and
# fails with a message elsewhere; `make RID=<rid>` overrides. Restore uses the same RID (the ILCompiler pack is per RID).
RID ?=
provider: restore
	rid=$$(RID='$(RID)' tools/host-rid.sh); echo "provider: NativeAOT publish for $$rid"; \
	$(DOTNET) restore provider/AwsIdentity.Provider --nologo -r $$rid; \
	$(DOTNET) publish provider/AwsIdentity.Provider $(DOTNET_FLAGS) -r $$rid --no-restore -o $(BIN)/.provider
	cp $(BIN)/.provider/pulumi-resource-awsidentity $(PROVIDER).tmp && mv -f $(PROVIDER).tmp $(PROVIDER)
	cp $(PROVIDER) $(TF_PROVIDER).tmp && mv -f $(TF_PROVIDER).tmp $(TF_PROVIDER)

emulator: restore
	$(DOTNET) publish tools/AwsIdentity.Emulator $(DOTNET_FLAGS) --no-restore -o $(BIN)/.emulator
	ln -sf .emulator/awsidentity-emulator $(EMULATOR)

install: provider
	install -d $(PREFIX)
	install -m 0755 $(PROVIDER) $(PREFIX)/pulumi-resource-awsidentity

# Terraform's implied local mirror under $HOME (the binary's --help prints it): `terraform init` finds the provider
# there and never asks the registry for it. Platform: terraform's os_arch for the host's RID (tools/host-rid.sh).
install-terraform: provider
	rid=$$(RID='$(RID)' tools/host-rid.sh); os=$${rid%%-*}; arch=$${rid#*-}; \
	os=$${os/osx/darwin}; arch=$${arch/x64/amd64}; \
	dir="$$HOME/.terraform.d/plugins/registry.terraform.io/awsidentity/awsidentity/$(VERSION)/$${os}_$${arch}"; \
	install -d "$$dir"; \
	install -m 0755 $(TF_PROVIDER) "$$dir/terraform-provider-awsidentity_v$(VERSION)"; \
	echo "installed $$dir/terraform-provider-awsidentity_v$(VERSION)"

# Release artefacts, unsigned, in bin/dist/ (tools/dist.sh says what each ecosystem expects): terraform's zip,
# SHA256SUMS and manifest, and Pulumi's plugin tarball, from the binary `make provider` built.
# DistTests (tests/suites/AwsIdentity.TerraformTests) runs the same script on the built binary and checks the layout.
dist: provider
	rid=$$(RID='$(RID)' tools/host-rid.sh); tools/dist.sh $(TF_PROVIDER) $(VERSION) $$rid $(BIN)/dist

npm-deps: tests/suites/conformance/node_modules/.installed

tests/suites/conformance/node_modules/.installed: tests/suites/conformance/package.json tests/suites/conformance/package-lock.json
	cd tests/suites/conformance && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

# The fast loop (README "Make targets"): the unit suites (tests/suites/AwsIdentity.Tests, .Aws.Tests) and what they
# build on, listed in Check.slnf, built once and run side by side; no NativeAOT publish, no provider process. Under a
# minute warm. Projects they reference are built even when not listed; a new unit suite must be added.
check: test-unit

test-unit:
	$(DOTNET) test Check.slnf $(DOTNET_FLAGS)

# The node suite that drives the real binary with Pulumi's own gRPC stubs (tests/suites/conformance/package.json).
test-conformance: build npm-deps
	cd tests/suites/conformance && $(NPM) test

# The real terraform CLI (tests/suites/AwsIdentity.TerraformTests, a few seconds): the Terraform harness, `init` offline
# from the local mirrors and the lock file, dev_overrides. `make test` runs the suite too (it is in Provider.sln).
test-terraform: build
	$(DOTNET) test tests/suites/AwsIdentity.TerraformTests $(DOTNET_FLAGS) --logger "console;verbosity=normal"

test: build npm-deps npm-workspace
	$(DOTNET) build Provider.sln $(DOTNET_FLAGS) --no-restore
	$(DOTNET) test Provider.sln $(DOTNET_FLAGS) --no-build --logger "console;verbosity=normal"
	$(DOTNET) run --project tests/programs/AwsIdentity.Soak $(RUN_FLAGS) --no-build -- --short
	cd tests/suites/conformance && $(NPM) test
	$(MAKE) --no-print-directory test-sdk
	$(MAKE) --no-print-directory test-csharp

# ---- schema, SDKs, examples (README "SDKs and examples") ----
# One npm workspace (root package.json): the SDK generator and its tests, the generated nodejs SDK, the TypeScript
# example and the policy pack share one lock file and one copy of @pulumi/pulumi.
NODE_BIN := $(CURDIR)/node_modules/.bin
WORKSPACE_PACKAGES := package.json package-lock.json sdk/generator/package.json sdk/nodejs/package.json \
	examples/typescript/package.json examples/policy/package.json

npm-workspace: node_modules/.installed

node_modules/.installed: $(WORKSPACE_PACKAGES)
	$(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

# sdk/schema.json from the running provider's GetSchema.
schema: provider npm-workspace
	node sdk/generator/lib/fetch-schema.js

# sdk/nodejs and sdk/dotnet from sdk/schema.json (run `make schema` first when the provider changed).
sdk: npm-workspace
	node sdk/generator/generate.js

sdk-nodejs: npm-workspace
	$(NODE_BIN)/tsc -p sdk/nodejs

# ---- the C# SDK and example against the real Pulumi .NET SDK (PulumiSdk.slnx; README "C# quick start") ----
# Where the NuGet feed lacks the package Pulumi, ../shared/nuget holds it (its README). Only where that folder exists
# is it added, beside the configured sources (RestoreAdditionalProjectSources keeps them); elsewhere restore is the
# plain one. One restore, one build (-warnaserror: the SDK must compile with no warning), one pack, one test run.
SHARED_NUGET := $(wildcard $(abspath $(CURDIR)/../shared/nuget))
NUGET_SOURCES := $(if $(SHARED_NUGET),-p:RestoreAdditionalProjectSources=$(SHARED_NUGET))
CSHARP_SLN  := PulumiSdk.slnx
# No -p:Version here: the SDK's version is the schema's (csproj and pulumi-plugin.json); `make sdk` stamps it.
CSHARP_FLAGS := -c $(CONFIG) --nologo

csharp-restore:
	$(DOTNET) restore $(CSHARP_SLN) --nologo $(NUGET_SOURCES)

# bin/nuget/AwsIdentity.Pulumi.<version>.nupkg, with content/pulumi-plugin.json for the .NET language host.
sdk-dotnet: csharp-restore
	$(DOTNET) build sdk/dotnet $(CSHARP_FLAGS) --no-restore -warnaserror
	$(DOTNET) pack sdk/dotnet $(CSHARP_FLAGS) --no-build -o $(BIN)/nuget

# Compiles sdk/dotnet, examples/csharp and both test projects (a compile error fails), packs the SDK, then runs the
# SDK's mock tests (tests/suites/AwsIdentity.PulumiSdk.Tests) and the example's (examples/csharp/test).
test-csharp: csharp-restore
	$(DOTNET) build $(CSHARP_SLN) $(CSHARP_FLAGS) --no-restore -warnaserror
	$(DOTNET) pack sdk/dotnet $(CSHARP_FLAGS) --no-build -o $(BIN)/nuget
	$(DOTNET) test $(CSHARP_SLN) $(CSHARP_FLAGS) --no-build --logger "console;verbosity=normal"

# docs/index.md and docs/resources/*.md, Terraform Registry pages from the Terraform schema and the resource models
# (tools/AwsIdentity.TerraformDocs); the examples are cut from examples/terraform/main.tf. TerraformDocsTests
# (tests/suites/AwsIdentity.Tests/Repository) fails when docs/ differs from what this writes.
docs:
	$(DOTNET) run --project tools/AwsIdentity.TerraformDocs $(RUN_FLAGS) -- $(CURDIR)

examples: sdk-nodejs
	$(NODE_BIN)/tsc -p examples/typescript
	$(NODE_BIN)/tsc -p examples/policy

# tsc builds, the schema staleness and metaschema tests, SDK regeneration, mock tests of the nodejs SDK and the
# TypeScript example, the policy pack's tests and the examples-against-schema check (the C# SDK and example:
# test-csharp).
test-sdk: npm-workspace examples
	node --test --test-reporter=spec sdk/generator/test/ examples/typescript/test/ examples/policy/test/

# The root Pulumi.yaml (stack `local`) through preview, up, a tag change, drift + refresh, a replacement and destroy
# against the emulator: the real `pulumi` CLI with a file backend where one is on PATH, else the harness's engine.
# Then the same scenario through the real `terraform` CLI where it is on PATH (a line says when it is skipped).
# DEMO_ARGS: e.g. --mode engine|cli, --terraform auto|off, --transition-ms 3000.
DEMO_ARGS ?=
demo: build
	$(DOTNET) run --project tools/AwsIdentity.Demo $(RUN_FLAGS) -- $(DEMO_ARGS)

# Reliability soak: lifecycles of every resource (a registration, then subscriptions, then associations, as AWS
# requires) through the real binary against an emulator injecting throttling, 5xx, resets, busy clusters and slow
# transitions, with cancels and SIGKILLs mid-create; exits non-zero on any orphaned or lost resource. `make test` runs
# its --short form (~85 s). SOAK_ARGS: e.g. --seconds 1800 --lanes 6.
SOAK_ARGS ?=
soak: build
	$(DOTNET) run --project tests/programs/AwsIdentity.Soak $(RUN_FLAGS) -- $(SOAK_ARGS)

bench: build
	$(DOTNET) run --project tests/programs/AwsIdentity.Bench $(RUN_FLAGS) -- --provider $(PROVIDER) --out $(CURDIR)/bench-results.json

clean:
	rm -rf bin/.provider bin/.emulator bin/nuget bin/dist $(PROVIDER) $(EMULATOR)
	find provider tests tools sdk/dotnet examples/csharp -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
