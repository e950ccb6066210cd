# FancyURLopener's basic-auth retries splice the prompted credentials
# (quoted) into the host or the proxy, dropping any the URL carried.
import warnings
warnings.simplefilter("ignore")
from urllib.request import FancyURLopener
class O(FancyURLopener):
    def __init__(self, creds):
        super().__init__(proxies={'http': 'http://old:x@proxy.example:3128/', 'https': 'http://proxy.example:3129'})
        self.creds = creds
    def prompt_user_passwd(self, host, realm):
        print("asked", host, realm)
        return self.creds
    def open(self, url, data=None):
        return ("open", url, data)
for creds in [("us er", "p@ss"), (None, None)]:
    o = O(creds)
    print(o.retry_http_basic_auth("//a:b@www.example.com/x?y", "R"))
    print(o.retry_https_basic_auth("//www.example.com:8443/", "R", b"d"))
    print(o.retry_proxy_http_basic_auth("//www.example.com/p", "PR"))
    print(o.retry_proxy_https_basic_auth("//www.example.com/p", "PR"))
    print(sorted(o.proxies.items()))
