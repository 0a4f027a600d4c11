# fuzz.mk - libFuzzer targets for the parsers and the tree (included by the
# Makefile).
#
#   make fuzz                      each target for FUZZ_SECONDS (default 60)
#   make fuzz FUZZ_TARGETS=html    only some of them
#   make fuzz-build                build them only, into build/fuzz/
#
# The core sources are compiled again with clang, instrumented for coverage
# and with ASan and UBSan; the gcc-built library is not used.  Seed corpora
# come from examples/, tests/fixtures/ and fuzz/seeds/, copied into
# fuzz/corpus-<target>/ (not committed) where what libFuzzer learns stays
# from run to run.  A crash, a leak, a hang past FUZZ_TIMEOUT seconds or a
# broken promise fails the run and leaves the input in build/fuzz/.

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TIMEOUT ?= 20
FUZZ_TARGETS ?= text html json source
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-Wno-missing-field-initializers \
	-fno-omit-frame-pointer
FUZZ_CFLAGS = -std=gnu11 -g -O1 -Wall -Wextra -Iinclude -D_GNU_SOURCE \
	-D_FILE_OFFSET_BITS=64 -DARTICLEFS_DATADIR='"/nonexistent"' $(FUZZ_SAN) \
	$(shell pkg-config --cflags libxml-2.0 jansson 2>/dev/null)
FUZZ_LIBS = $(shell pkg-config --libs libxml-2.0 jansson 2>/dev/null) -pthread

FUZZ_CORE := $(filter-out fs/main.c fs/extract.c fs/fuse_ops.c,$(wildcard fs/*.c))
FUZZ_OBJ := $(FUZZ_CORE:fs/%.c=build/fuzz/obj/%.o)
FUZZ_BIN := $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

.PHONY: fuzz fuzz-build

build/fuzz/obj/%.o: fs/%.c $(wildcard include/articlefs/*.h) | build/.deps-ok
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJ) $(FUZZ_LIBS)

fuzz-build: $(FUZZ_BIN)

fuzz: $(FUZZ_BIN)
	@for t in $(FUZZ_TARGETS); do \
		sh fuzz/run.sh $$t $(FUZZ_SECONDS) $(FUZZ_TIMEOUT) || exit 1; \
	done
