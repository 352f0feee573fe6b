# The two set-up commands are `make seed` and `make test`; `make check` is what CI runs.
CARGO ?= cargo
DB ?= pledges.db
# Where cargo puts what it builds: `target/` unless CARGO_TARGET_DIR says otherwise.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
PLEDGE := $(TARGET_DIR)/release/pledge

.PHONY: build seed test fmt lint check bench clean

build:
	$(CARGO) build --release --locked

seed: build
	$(PLEDGE) --db $(DB) seed --dir seeds
	$(PLEDGE) --db $(DB) status

# The release profile, so that the tests reuse the dependencies `make seed` compiled.
test:
	$(CARGO) test --release --locked

fmt:
	$(CARGO) fmt

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets --locked -- -D warnings

check: lint test

bench:
	python3 bench/run.py

clean:
	$(CARGO) clean
	rm -f $(DB)
