package store

// SetLinkTxBytes sets how much one transaction of PutLinkIndex writes, for
// tests, and returns a function that restores it.
func SetLinkTxBytes(n int) (restore func()) {
	old := linkTxBytes
	linkTxBytes = n
	return func() { linkTxBytes = old }
}

// SetDropEvery sets how many bytes a scan reads between two dropMapped
// calls, for tests, and returns a function that restores it.
func SetDropEvery(n int) (restore func()) {
	old := dropEvery
	dropEvery = n
	return func() { dropEvery = old }
}

// SetPublishHook makes Publish call hook at each of its stages ("applied",
// "written"), for tests, and returns a function that removes it.
func SetPublishHook(hook func(stage, file string) error) (restore func()) {
	publishHook = hook
	return func() { publishHook = nil }
}

// SetServingTxBytes sets how much one transaction of a whole serving file
// writes, for tests, and returns a function that restores it.
func SetServingTxBytes(n int) (restore func()) {
	old := servingTxBytes
	servingTxBytes = n
	return func() { servingTxBytes = old }
}
