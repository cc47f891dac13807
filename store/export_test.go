package store

// SetLinkTxBytes sets how much one transaction of PutLinkIndex writes, for
// tests, and returns a function that restores it.
func SetLinkTxBytes(n int) (restore func()) {
	old := linkTxBytes
	linkTxBytes = n
	return func() { linkTxBytes = old }
}
