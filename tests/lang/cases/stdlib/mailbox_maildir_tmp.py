import mailbox, os, shutil, tempfile
root = tempfile.mkdtemp()
try:
    box = mailbox.Maildir(os.path.join(root, 'md'))
    f = box._create_tmp()
    head, tail = os.path.split(f.name)
    print(head == os.path.join(root, 'md', 'tmp'), tail.count('.') >= 2)
    f.write(b'From: a\n\nbody\n')
    f.seek(0)
    print(f.read())
    f.close()
    key = box.add('From: b\nSubject: hi\n\nhello\n')
    print(len(os.listdir(os.path.join(root, 'md', 'tmp'))),
          len(os.listdir(os.path.join(root, 'md', 'new'))))
    print(box[key]['subject'], box.get_file(key).read().splitlines()[-1])
finally:
    shutil.rmtree(root)
