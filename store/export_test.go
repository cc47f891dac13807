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
