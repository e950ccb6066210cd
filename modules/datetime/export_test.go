package datetime

// ResetLocalZone forgets the zone the last time.tzset() chose, for tests
// that call it: local time is time.Local again.
func ResetLocalZone() { localZone.Store(nil) }
