# The two set-up commands are `make seed` and `make test`; `make check` is what CI runs.
CARGO ?= cargo
DB ?= pledges.db
# Where cargo puts what it builds: `target/` unless CARGO_TARGET_DIR says otherwise.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
PLEDGE := $(TARGET_DIR)/release/pledge
PREFIX ?= $(HOME)/.local

.PHONY: build seed test fmt lint check bench bench-quick bench-draft clean install-extras

build:
	$(CARGO) build --release --locked

seed: build
	$(PLEDGE) --db $(DB) seed --dir seeds
	$(PLEDGE) --db $(DB) status

# The release profile, so that the tests reuse what `make seed` built: on a fresh clone after
# `make seed`, 129 s (110 s of build, the tests 17 s) against 168 s in the dev profile (139 s of
# build, the tests 28 s), on 2 cores. `cargo test` is the quick loop while writing code.
test:
	$(CARGO) test --release --locked

fmt:
	$(CARGO) fmt

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets --locked -- -D warnings

check: lint test

# The man page and the bash, zsh and fish completions, under $(PREFIX) (default ~/.local).
install-extras: build
	mkdir -p $(PREFIX)/share/man/man1 $(PREFIX)/share/bash-completion/completions \
		$(PREFIX)/share/zsh/site-functions $(PREFIX)/share/fish/vendor_completions.d
	$(PLEDGE) man > $(PREFIX)/share/man/man1/pledge.1
	$(PLEDGE) completions bash > $(PREFIX)/share/bash-completion/completions/pledge
	$(PLEDGE) completions zsh > $(PREFIX)/share/zsh/site-functions/_pledge
	$(PLEDGE) completions fish > $(PREFIX)/share/fish/vendor_completions.d/pledge.fish

bench:
	python3 bench/run.py

# 10,000 pledges only (under two minutes): run it before and after a change made for speed.
bench-quick:
	BENCH_SIZES=10000 python3 bench/run.py

# `pledge draft` on every article of the development set only (about a minute).
bench-draft:
	BENCH_ONLY=draft python3 bench/run.py

clean:
	$(CARGO) clean
	rm -f $(DB)
