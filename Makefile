# articlefs - build, test, install.
#
#   make                 build/articlefs and build/articlefs-extract
#   make check           unit tests and mount tests (installs missing deps as root)
#   make demo            mount examples/articles on ./mnt and show it off
#   make umount          unmount ./mnt
#   make eval            score against ../shared/corpus when it is there
#   make install         PREFIX=/usr/local DESTDIR=
#   make SANITIZE=address,undefined check
#   make fuzz            each libFuzzer target for FUZZ_SECONDS (fuzz/fuzz.mk)
#
# Every fs/*.c but the two mains and the FUSE adapter goes into
# build/libarticlefs.a, which both binaries and every test link.  Each
# tests/unit/test_*.c is a Check program of its own; tests/mount/*.sh mount
# for real.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/articlefs
CC ?= cc
CFLAGS ?= -O2 -g
SANITIZE ?=
B := build

PKGS := fuse3 libxml-2.0 jansson check
APT_PKGS := libfuse3-dev fuse3 libxml2-dev libjansson-dev check pkg-config attr

# Recursively expanded on purpose: pkg-config runs only after the deps
# step has had its chance to install what it asks for.
CORE_CFLAGS = $(shell pkg-config --cflags libxml-2.0 jansson 2>/dev/null)
CORE_LIBS = $(shell pkg-config --libs libxml-2.0 jansson 2>/dev/null)
FUSE_CFLAGS = $(shell pkg-config --cflags fuse3 2>/dev/null)
FUSE_LIBS = $(shell pkg-config --libs fuse3 2>/dev/null)
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null)

ALL_CFLAGS = -std=gnu11 -Wall -Wextra -Iinclude -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 \
	-DARTICLEFS_DATADIR='"$(DATADIR)"' $(CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) -pthread
ifneq ($(SANITIZE),)
ALL_CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
ALL_LDFLAGS += -fsanitize=$(SANITIZE)
endif

FRONTS := fs/main.c fs/extract.c fs/fuse_ops.c
CORE_SRC := $(filter-out $(FRONTS),$(wildcard fs/*.c))
CORE_OBJ := $(CORE_SRC:fs/%.c=$(B)/obj/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
MOUNT_TESTS := $(sort $(filter-out tests/mount/lib.sh,$(wildcard tests/mount/*.sh)))
HEADERS := $(wildcard include/articlefs/*.h) $(wildcard tests/unit/*.h)

.PHONY: all deps check unit-check mount-check demo umount install uninstall \
	eval bench fuzz format clean

all: $(B)/articlefs $(B)/articlefs-extract

# A stamp that changes whenever the compiler flags do, so that switching
# SANITIZE on or off rebuilds everything instead of mixing objects.
$(B)/.flags: FORCE | $(B)/.deps-ok
	@mkdir -p $(B)
	@echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' > $@
FORCE:

$(B)/.deps-ok:
	@PKGS="$(PKGS)" APT_PKGS="$(APT_PKGS)" sh tests/deps.sh
	@mkdir -p $(B) && touch $@
deps: $(B)/.deps-ok

$(B)/obj/%.o: fs/%.c $(HEADERS) $(B)/.flags
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(CORE_CFLAGS) $(FUSE_CFLAGS) -c -o $@ $<

$(B)/libarticlefs.a: $(CORE_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/articlefs: $(B)/obj/main.o $(B)/obj/fuse_ops.o $(B)/libarticlefs.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(FUSE_LIBS) $(CORE_LIBS)

$(B)/articlefs-extract: $(B)/obj/extract.o $(B)/libarticlefs.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CORE_LIBS)

$(B)/tests/%: tests/unit/%.c $(HEADERS) $(B)/libarticlefs.a $(B)/.flags
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(CORE_CFLAGS) $(CHECK_CFLAGS) -Itests/unit \
		-o $@ $< $(B)/libarticlefs.a $(ALL_LDFLAGS) $(CORE_LIBS) $(CHECK_LIBS)

check: all $(UNIT_BIN)
	@$(MAKE) --no-print-directory unit-check mount-check

unit-check: $(UNIT_BIN)
	@sh tests/run-unit.sh $(UNIT_BIN)

mount-check: all
	@sh tests/run-mount.sh $(MOUNT_TESTS)

demo: all
	@sh examples/demo.sh $(B)/articlefs examples/articles mnt

umount:
	@if grep -qs " $(CURDIR)/mnt fuse" /proc/mounts; then \
		fusermount3 -u mnt || umount mnt; echo "unmounted ./mnt"; \
	else echo "nothing mounted on ./mnt"; fi

eval: $(B)/articlefs-extract
	@sh tests/eval/run.sh $(B)/articlefs-extract

bench: all
	@sh bench/run.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 0755 $(B)/articlefs $(B)/articlefs-extract $(DESTDIR)$(BINDIR)/
	install -m 0644 man/articlefs.1 man/articlefs-extract.1 $(DESTDIR)$(MANDIR)/man1/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/articlefs $(DESTDIR)$(BINDIR)/articlefs-extract \
		$(DESTDIR)$(MANDIR)/man1/articlefs.1 $(DESTDIR)$(MANDIR)/man1/articlefs-extract.1

format:
	clang-format -i fs/*.c include/articlefs/*.h tests/unit/*.c $(wildcard tests/unit/*.h)

clean:
	rm -rf $(B)

include fuzz/fuzz.mk
