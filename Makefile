# The two set-up commands are `make seed` and `make test`; `make check` is what CI runs.
CARGO ?= cargo
DB ?= pledges.db

.PHONY: build seed test fmt lint check bench clean

build:
	$(CARGO) build --release --locked

seed: build
	./target/release/pledge --db $(DB) seed --dir seeds
	./target/release/pledge --db $(DB) status

test:
	$(CARGO) test --locked

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
