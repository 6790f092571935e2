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
EMULATOR    := $(BIN)/awsidentity-emulator
DOTNET_FLAGS := -c $(CONFIG) -p:Version=$(VERSION) --nologo
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export AWSIDENTITY_BIN := $(BIN)

.PHONY: build restore provider emulator install test test-unit test-conformance demo bench soak schema sdk clean npm-deps

build: provider emulator

restore:
	$(DOTNET) restore Provider.sln --nologo

# NativeAOT, self-contained: start-up ~50 ms (DESIGN.md "Start-up").
provider: restore
	$(DOTNET) publish provider/AwsIdentity.Provider $(DOTNET_FLAGS) -r linux-x64 --no-restore -o $(BIN)/.provider
	cp $(BIN)/.provider/pulumi-resource-awsidentity $(PROVIDER)

emulator: restore
	$(DOTNET) publish tests/AwsIdentity.Emulator $(DOTNET_FLAGS) --no-restore -o $(BIN)/.emulator
	ln -sf .emulator/awsidentity-emulator $(EMULATOR)

install: provider
	install -d $(PREFIX)
	install -m 0755 $(PROVIDER) $(PREFIX)/pulumi-resource-awsidentity

npm-deps: tests/conformance/node_modules/.installed

tests/conformance/node_modules/.installed: tests/conformance/package.json tests/conformance/package-lock.json
	cd tests/conformance && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

test: build npm-deps
	$(DOTNET) build Provider.sln $(DOTNET_FLAGS) --no-restore
	$(DOTNET) test Provider.sln $(DOTNET_FLAGS) --no-build --logger "console;verbosity=normal"
	cd tests/conformance && $(NPM) test

demo: build
	@echo "make demo: the lifecycle demo arrives with issue 7; running the protocol smoke run instead"
	$(DOTNET) test tests/AwsIdentity.ProtocolTests $(DOTNET_FLAGS) --no-restore

bench: build
	$(DOTNET) run --project tests/AwsIdentity.Bench $(DOTNET_FLAGS) -- --provider $(PROVIDER) --out $(CURDIR)/bench-results.json

clean:
	rm -rf bin/.provider bin/.emulator $(PROVIDER) $(EMULATOR)
	find provider tests -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
