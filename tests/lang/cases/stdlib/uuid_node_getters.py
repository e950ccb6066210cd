import io, shutil, subprocess, uuid
from unittest import mock
# _find_mac reads a tool's output; the tool and its output are faked
data = b'''
fake hwaddr
cscotun0  Link encap:UNSPEC  HWaddr 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00
eth0      Link encap:Ethernet  HWaddr 12:34:56:78:90:ab
'''
popen = mock.MagicMock()
popen.stdout = io.BytesIO(data)
with mock.patch.object(shutil, 'which', return_value='/sbin/ifconfig'):
    with mock.patch.object(subprocess, 'Popen', return_value=popen):
        mac = uuid._find_mac(command='ifconfig', args='',
                             hw_identifiers=[b'hwaddr'],
                             get_index=lambda x: x + 1)
print(hex(mac))
with mock.patch.object(shutil, 'which', return_value=None):
    print(uuid._find_mac('nosuchtool', '', [b'hwaddr'], lambda x: x + 1))
node = uuid._random_getnode()
print(bool(node & (1 << 40)), 0 < node < (1 << 48))
# getnode skips getters whose answer is too wide for a node
too_large = lambda: 1 << 48
with mock.patch.multiple(uuid, _node=None, _NODE_GETTERS_WIN32=[too_large],
                         _NODE_GETTERS_UNIX=[too_large]):
    node = uuid.getnode()
print(0 < node < (1 << 48), uuid.uuid1(node=node).version)
print(all(callable(g) for g in uuid._NODE_GETTERS_UNIX))
