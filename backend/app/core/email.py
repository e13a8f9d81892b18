"""Outgoing e-mail: SMTP when configured, otherwise a dev outbox (and a log line).

Sending never fails the request that triggered it: the state change is already committed and a
mail problem is logged for an operator.
"""

from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.message import EmailMessage

import aiosmtplib

from app.core.clock import utcnow
from app.core.config import Settings
from app.core.logging import get_logger

log = get_logger(__name__)

OUTBOX_LIMIT = 200


@dataclass(frozen=True)
class OutgoingMail:
    to: str
    subject: str
    body: str
    sent_at: datetime = field(default_factory=utcnow)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class Mailer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.outbox: deque[OutgoingMail] = deque(maxlen=OUTBOX_LIMIT)

    async def send(self, to: str, subject: str, body: str) -> None:
        mail = OutgoingMail(to=to, subject=subject, body=body)
        if not self.settings.smtp_host:
            self.outbox.appendleft(mail)
            # The body carries single-use links; the log formatter masks their tokens.
            log.info("mail_to_dev_outbox", extra={"to": to, "subject": subject, "body": body})
            return
        message = EmailMessage()
        message["From"] = self.settings.mail_from
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        password = self.settings.smtp_password.get_secret_value() if self.settings.smtp_password else None
        try:
            await aiosmtplib.send(
                message,
                hostname=self.settings.smtp_host,
                port=self.settings.smtp_port,
                username=self.settings.smtp_username,
                password=password,
                start_tls=self.settings.smtp_starttls,
                timeout=self.settings.smtp_timeout_seconds,
            )
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.error("mail_send_failed", extra={"to": to, "subject": subject, "error": type(exc).__name__})
