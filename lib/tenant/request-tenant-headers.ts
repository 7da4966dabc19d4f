/** Headers set by middleware.ts only; any value sent by a client is stripped first. */
export const TENANT_ID_HEADER = 'x-cdm-tenant-id';
export const CANONICAL_HOST_HEADER = 'x-cdm-host';
export const HOST_SIGNATURE_HEADER = 'x-cdm-host-signature';
export const OPERATOR_HEADER = 'x-cdm-operator';
export const REQUEST_ID_HEADER = 'x-request-id';
/** Set on the embeddable page (A11): the council layout renders it without the site's chrome. */
export const EMBED_HEADER = 'x-cdm-embed';
export const INTERNAL_HEADERS = [TENANT_ID_HEADER, CANONICAL_HOST_HEADER, HOST_SIGNATURE_HEADER, OPERATOR_HEADER, EMBED_HEADER];
