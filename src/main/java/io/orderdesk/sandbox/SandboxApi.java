package io.orderdesk.sandbox;

/** The API's behaviour behind the gateway: the shop answers each decoded call. Must be thread-safe. */
public interface SandboxApi {

    ApiResult call(Endpoint endpoint, ApiRequest request);
}
