package hashlib

// LiveContexts is the number of EVP_MD_CTX objects not yet freed.
func LiveContexts() int64 { return liveContexts.Load() }
