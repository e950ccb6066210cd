# Eight threads import packages nobody imported before, at once: each
# waits for the thread loading a module to finish it (per-module import
# locks), so none sees a half-made module.
import threading

results = []


def work():
    try:
        import html
        import json.decoder
        from email.mime.text import MIMEText
        import xml.etree.ElementTree as ET
        results.append((html.unescape('&amp;&lt;'),
                        json.decoder.JSONDecoder().decode('[1, 2]'),
                        MIMEText('x')['Content-Type'],
                        ET.fromstring('<a>t</a>').text))
    except Exception as e:
        results.append('%s: %s' % (type(e).__name__, e))


def main():
    threads = [threading.Thread(target=work) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print(len(results), [str(r) for r in set(map(str, results))])


main()
