"""MIMEAudio: an audio/* part."""

from io import BytesIO

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ["MIMEAudio"]

_SUBTYPES = {"au": "basic", "wav": "x-wav", "aiff": "x-aiff", "aifc": "x-aiff"}


def _whatsnd(data):
    # The audio subtype sndhdr recognizes in the first bytes, or None.
    import sndhdr
    head = data[:512]
    for test in sndhdr.tests:
        found = test(head, BytesIO(head))
        if found is not None:
            return _SUBTYPES.get(found[0])
    return None


class MIMEAudio(MIMENonMultipart):
    """Audio data as an audio/<subtype> part (the subtype guessed from
    the data when not given), encoded by _encoder."""

    def __init__(self, _audiodata, _subtype=None,
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            _subtype = _whatsnd(_audiodata)
        if _subtype is None:
            raise TypeError("Could not find audio MIME subtype")
        MIMENonMultipart.__init__(self, "audio", _subtype, policy=policy,
                                  **_params)
        self.set_payload(_audiodata)
        _encoder(self)
