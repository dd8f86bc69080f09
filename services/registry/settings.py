from pydantic import Field

from shared.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    service_name: str = "registry"
    http_port: int = Field(8001, validation_alias="REGISTRY_HTTP_PORT")
    db_schema: str = Field("registry", validation_alias="REGISTRY_DB_SCHEMA")
