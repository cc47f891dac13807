package redisq

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"time"
)

// Robots fetch lock: how long one worker may take to fetch a robots.txt
// while the others wait for it, and how often they look.
const (
	robotsLock = 60 * time.Second
	robotsPoll = 50 * time.Millisecond
)

// How long a request Start let go may hold its host until it is Sent,
// and how often the others ask meanwhile; the crawler's SendingTimeout
// and SendingPoll (this package does not import the crawler).
const (
	sendingTimeout = 15 * time.Second
	sendingPoll    = 10 * time.Millisecond
)

// Reserve implements the crawler's Limiter for all workers together: on
// the Redis server's clock it books host's next request slot, no earlier
// than the server's now and at least delay after the slot booked before
// it, and returns when that slot starts as now plus the wait. The
// server's clock is the one clock every worker shares, so workers whose
// clocks disagree still keep the delay between them.
//
// The wait counts from when the answer arrives, not from now: a slow
// round trip makes the request later, never earlier than its slot.
func (q *Queue) Reserve(ctx context.Context, host string, delay time.Duration, now time.Time) (time.Time, error) {
	start := time.Now()
	wait, err := scriptReserve.Run(ctx, q.rdb, []string{q.prefix + "hosts"}, host, max(delay, 0).Microseconds()).Int64()
	if err != nil {
		return time.Time{}, fmt.Errorf("redisq: reserve %s: %w", host, err)
	}
	return now.Add(time.Since(start) + time.Duration(wait)*time.Microsecond), nil
}

// Start implements the crawler's Limiter for all workers together: on
// the Redis server's clock it records that a request to host starts now
// and returns ok, unless the host is backed off (BackOff), another
// worker's request to host is starting
// (let go by Start, not yet Sent, for up to crawler.SendingTimeout) or
// started less than delay ago; then it returns when to ask again,
// counted as Reserve counts its wait. So a worker late for the slot
// Reserve gave it (not scheduled, a slow round trip) holds back the
// worker with the next slot, instead of sending close to it.
func (q *Queue) Start(ctx context.Context, host string, delay time.Duration, now time.Time) (time.Time, bool, error) {
	start := time.Now()
	wait, err := scriptStart.Run(ctx, q.rdb, q.hostKeys(), host, max(delay, 0).Microseconds(),
		sendingTimeout.Microseconds(), sendingPoll.Microseconds()).Int64()
	if err != nil {
		return time.Time{}, false, fmt.Errorf("redisq: start %s: %w", host, err)
	}
	if wait < 0 {
		return now, true, nil
	}
	return now.Add(time.Since(start) + time.Duration(wait)*time.Microsecond), false, nil
}

// Sent implements the crawler's Limiter for all workers together: the
// request Start let go is sent; on the Redis server's clock, the next
// request to host may start delay from now.
func (q *Queue) Sent(ctx context.Context, host string, delay time.Duration, now time.Time) error {
	if err := scriptSent.Run(ctx, q.rdb, q.hostKeys(), host, max(delay, 0).Microseconds()).Err(); err != nil {
		return fmt.Errorf("redisq: sent %s: %w", host, err)
	}
	return nil
}

// hostKeys are the keys of the politeness scripts, in their order.
func (q *Queue) hostKeys() []string {
	return []string{q.prefix + "hosts", q.prefix + "started", q.prefix + "sending", q.prefix + "backoff"}
}

// BackOff implements the crawler's Limiter: no worker's request to host
// starts before until (read on Options.Now, kept on the server's clock),
// neither in the slots booked from now on nor in those Reserve has
// already given out, which Start holds back.
func (q *Queue) BackOff(ctx context.Context, host string, until time.Time) error {
	wait := until.Sub(q.now())
	if wait <= 0 {
		return nil
	}
	if err := scriptBackOff.Run(ctx, q.rdb, []string{q.prefix + "hosts", q.prefix + "backoff"}, host, wait.Microseconds()).Err(); err != nil {
		return fmt.Errorf("redisq: back off %s: %w", host, err)
	}
	return nil
}

// GetRobots implements the crawler's RobotsCache for all workers
// together. When the host has no cached file, the first worker to ask
// gets ok false and fetches it; the others wait (up to a minute) for the
// file it puts, so that a host's robots.txt is fetched once.
func (q *Queue) GetRobots(ctx context.Context, host string) (int, []byte, time.Time, bool, error) {
	keys := []string{q.prefix + "robots", q.prefix + "robots-lock:" + host}
	deadline := q.now().Add(robotsLock)
	for {
		res, err := scriptGetRobots.Run(ctx, q.rdb, keys, host, robotsLock.Milliseconds()).Slice()
		if err != nil {
			return 0, nil, time.Time{}, false, fmt.Errorf("redisq: get robots %s: %w", host, err)
		}
		state, _ := toInt(res[0])
		switch {
		case state == 1 && len(res) == 2:
			v, _ := res[1].(string)
			status, body, fetched, err := decodeRobots(v)
			if err != nil {
				return 0, nil, time.Time{}, false, fmt.Errorf("redisq: get robots %s: %w", host, err)
			}
			return status, body, fetched, true, nil
		case state == 0 || !q.now().Before(deadline):
			return 0, nil, time.Time{}, false, nil
		}
		t := time.NewTimer(robotsPoll)
		select {
		case <-ctx.Done():
			t.Stop()
			return 0, nil, time.Time{}, false, fmt.Errorf("redisq: get robots %s: %w", host, ctx.Err())
		case <-t.C:
		}
	}
}

// PutRobots implements the crawler's RobotsCache and lets the workers
// waiting for the file go on.
func (q *Queue) PutRobots(ctx context.Context, host string, status int, body []byte, fetched time.Time) error {
	keys := []string{q.prefix + "robots", q.prefix + "robots-lock:" + host}
	v := strconv.Itoa(status) + " " + strconv.FormatInt(fetched.UnixMilli(), 10) + "\n" + string(body)
	if err := scriptPutRobots.Run(ctx, q.rdb, keys, host, v).Err(); err != nil {
		return fmt.Errorf("redisq: put robots %s: %w", host, err)
	}
	return nil
}

// decodeRobots reads "STATUS FETCHED_MS\nBODY".
func decodeRobots(v string) (int, []byte, time.Time, error) {
	head, body, ok := bytes.Cut([]byte(v), []byte("\n"))
	st, at, ok2 := bytes.Cut(head, []byte(" "))
	status, err1 := strconv.Atoi(string(st))
	fetched, err2 := strconv.ParseInt(string(at), 10, 64)
	if !ok || !ok2 || err1 != nil || err2 != nil {
		return 0, nil, time.Time{}, fmt.Errorf("%w: robots entry %.40q", ErrCorrupt, v)
	}
	return status, body, time.UnixMilli(fetched), nil
}
