from services.notifications.app import build
from shared.cli import main

main(build)
