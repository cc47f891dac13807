package main

import (
	"context"
	"runtime"
)

// ordered runs work on what produce emits with the given number of
// workers (0: GOMAXPROCS) and hands the results to consume in the order
// emitted, so that stored IDs do not depend on scheduling. At most twice
// the workers' count of items are in flight. produce's emit returns false
// once ctx is done or consume has failed; ordered returns consume's first
// error, else produce's.
func ordered[T, R any](ctx context.Context, workers int, produce func(emit func(T) bool) error,
	work func(T) R, consume func(R) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		in  T
		out chan R
	}
	jobs := make(chan job)
	order := make(chan chan R, 2*workers)
	var produceErr error
	go func() {
		defer close(order)
		defer close(jobs)
		produceErr = produce(func(v T) bool {
			out := make(chan R, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return false
			}
			jobs <- job{v, out}
			return true
		})
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- work(j.in)
			}
		}()
	}
	var err error
	for out := range order {
		r := <-out
		if err == nil {
			if err = consume(r); err != nil {
				cancel()
			}
		}
	}
	if err != nil {
		return err
	}
	return produceErr
}
