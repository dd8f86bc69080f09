"""One line of title and a few lines of detail for any event, in English, Ukrainian or German.

Used by the in-app feed, notification emails and digests alike.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from services.notifications.deliveries.languages import DEFAULT_LANGUAGE, LANGUAGES

_TITLES = {
    "en": {
        "EventPublished": "New event: {title}",
        "EventRescheduled": "New dates: {title}",
        "EventCancelled": "Cancelled: {title}",
        "NetworkAnnouncement": "Announcement: {title}",
        "CooperationRequested": "A cooperation request for your partnership",
        "CooperationRequestAnswered": "Your cooperation request was {outcome}",
        "OrderReserved": "Your order is reserved",
        "OrderPaid": "Your payment was received",
        "OrderExpired": "Your reservation expired",
        "OrderCancelled": "Your order was cancelled",
        "OrderRefunded": "Your payment was refunded",
        "RefundIssued": "A refund is on its way",
        "TicketsIssued": "Your tickets for {event_title}",
        "TicketsVoided": "Your tickets are no longer valid",
    },
    "uk": {
        "EventPublished": "Нова подія: {title}",
        "EventRescheduled": "Нові дати: {title}",
        "EventCancelled": "Скасовано: {title}",
        "NetworkAnnouncement": "Оголошення: {title}",
        "CooperationRequested": "Запит на співпрацю для вашого партнерства",
        "CooperationRequestAnswered": "Відповідь на ваш запит на співпрацю: {outcome}",
        "OrderReserved": "Ваше замовлення зарезервовано",
        "OrderPaid": "Ваш платіж отримано",
        "OrderExpired": "Термін резервування минув",
        "OrderCancelled": "Ваше замовлення скасовано",
        "OrderRefunded": "Ваш платіж повернуто",
        "RefundIssued": "Кошти повертаються вам",
        "TicketsIssued": "Ваші квитки на {event_title}",
        "TicketsVoided": "Ваші квитки більше не дійсні",
    },
    "de": {
        "EventPublished": "Neue Veranstaltung: {title}",
        "EventRescheduled": "Neue Termine: {title}",
        "EventCancelled": "Abgesagt: {title}",
        "NetworkAnnouncement": "Ankündigung: {title}",
        "CooperationRequested": "Eine Kooperationsanfrage für Ihre Partnerschaft",
        "CooperationRequestAnswered": "Antwort auf Ihre Kooperationsanfrage: {outcome}",
        "OrderReserved": "Ihre Bestellung ist reserviert",
        "OrderPaid": "Ihre Zahlung ist eingegangen",
        "OrderExpired": "Ihre Reservierung ist abgelaufen",
        "OrderCancelled": "Ihre Bestellung wurde storniert",
        "OrderRefunded": "Ihre Zahlung wurde erstattet",
        "RefundIssued": "Eine Erstattung ist unterwegs",
        "TicketsIssued": "Ihre Tickets für {event_title}",
        "TicketsVoided": "Ihre Tickets sind nicht mehr gültig",
    },
}
_LABELS = {
    "en": {"starts": "Starts", "where": "Where", "online": "Online", "reason": "Reason", "message": "Message",
           "amount": "Amount", "ticket": "Ticket"},
    "uk": {"starts": "Початок", "where": "Де", "online": "Онлайн", "reason": "Причина", "message": "Повідомлення",
           "amount": "Сума", "ticket": "Квиток"},
    "de": {"starts": "Beginn", "where": "Ort", "online": "Online", "reason": "Grund", "message": "Nachricht",
           "amount": "Betrag", "ticket": "Ticket"},
}


@dataclass(frozen=True)
class Summary:
    title: str
    lines: tuple[str, ...]


def summarise(event_type: str, payload: dict[str, Any], language: str) -> Summary:
    """`payload`'s `titles` (by language) name the event in the reader's language where it has one."""
    titles = payload.get("titles") or {}
    if titles.get(language):
        payload = {**payload, "title": titles[language]}
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    title = _TITLES[language].get(event_type, event_type).format_map(_Lenient(payload))
    return Summary(" ".join(title.split()), tuple(_lines(payload, _LABELS[language])))


def _lines(p: dict[str, Any], label: dict[str, str]) -> list[str]:
    lines = []
    if p.get("starts_at") and p.get("timezone"):
        local = datetime.fromisoformat(p["starts_at"]).astimezone(ZoneInfo(p["timezone"]))
        lines.append(f"{label['starts']}: {local:%Y-%m-%d %H:%M} ({p['timezone']})")
    if p.get("city"):
        lines.append(f"{label['where']}: {', '.join(x for x in (p.get('venue'), p['city'], p.get('country')) if x)}")
    elif p.get("online_url"):
        lines.append(f"{label['online']}: {p['online_url']}")
    for key in ("reason", "message", "body"):
        if p.get(key):
            lines.append(f"{label.get(key, label['message'])}: {p[key]}")
    if isinstance(p.get("amount"), dict):
        lines.append(f"{label['amount']}: {p['amount']['amount'] / 100:.2f} {p['amount']['currency']}")
    for ticket in p.get("tickets") or ():
        lines.append(f"{label['ticket']}: {ticket['code']} ({ticket['ticket_type_name']})")
    return lines


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return ""
