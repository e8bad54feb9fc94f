# Entry points for people. Everything runs through tools/buildenv, which uses the host's Qt when it is new
# enough and otherwise a cached Debian 13 build root (made on first use; needs root and network once).
PRESET ?= $(if $(CI),ci,dev)
BUILDENV := tools/buildenv

.PHONY: all build run test bench clean install package package-test reliability fuzz asan format

all: build

build:
	$(BUILDENV) sh -c 'cmake --preset $(PRESET) && cmake --build --preset $(PRESET)'

# Build and launch the app on the bundled knowledge base.
run: build
	$(BUILDENV) build/bin/talysh-kb $(ARGS)

# Build and run every test (offscreen); prints ctest's summary.
test:
	$(BUILDENV) sh -c 'cmake --preset $(PRESET) && cmake --build --preset $(PRESET) && ctest --preset $(PRESET)'

# The Debian package (Debian 13 / Ubuntu 24.10+) in build/packages/, from the build above (cmake/Packaging.cmake).
package: build
	$(BUILDENV) sh -c 'cd build && cpack -G DEB'

# Installs the package into a clean Debian 13 root with apt, runs both programs there and removes it
# (tests/package/test_package.sh; needs root and the network, as the build root does).
package-test: package
	$(BUILDENV) ctest --preset package

# The reliability job (docs/RELIABILITY.md): the suite under ASan + UBSan, then each fuzzer for 60 s.
reliability:
	.ci/reliability.sh

asan:
	TALYSHKB_RELIABILITY_SKIP=fuzz .ci/reliability.sh

fuzz:
	TALYSHKB_RELIABILITY_SKIP=asan .ci/reliability.sh

bench: build
	$(BUILDENV) build/bin/talysh-kb-bench $(ARGS)

install: build
	$(BUILDENV) cmake --install build --prefix $(or $(PREFIX),/usr/local)

# Formats every C++ file with the committed .clang-format (clang-format 19, the build root's); make test checks it.
format:
	tools/check_house_rules.sh --fix

clean:
	rm -rf build build-asan build-fuzz
