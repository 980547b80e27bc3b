/**
 * The sandbox's HTTP side: a local stand-in for Naver Pay's API gateway in front of the sandbox shop.
 *
 * <p>Start one with {@link io.orderdesk.sandbox.server.Sandbox#start} or from the command line with
 * {@code java -jar order-desk.jar sandbox --port 18080}. It listens on 127.0.0.1 only. The API lives under
 * {@code /npay/partner} exactly as on {@code api.pay.naver.com}: {@code POST /v1/oauth2/token} and the 20 order
 * endpoints, with the real token rules, envelopes, error bodies, {@code GNCP-GW-*} headers and rate limits.
 *
 * <p>Demo credentials (printed at start, not secret): client id {@code orderdesk-demo}, client secret
 * {@code $2a$04$OrderDeskDemoSandbox1u}, merchant id {@code np_orderdesk}.
 *
 * <h2>Admin path</h2>
 * The real API has no such path. Under {@code /__sandbox/}, no token needed, JSON in and plain JSON out (no
 * envelope; errors use the usual {@code {code, message, timestamp, traceId}} body):
 * <ul>
 *   <li>{@code POST /__sandbox/reset} {@code {"seed":42,"orders":500,"days":14}}: a fresh, deterministic world.
 *       Tokens, faults and the call log are kept.</li>
 *   <li>{@code POST /__sandbox/orders} {@code {"state":"PAYED","lines":2}}: adds an order; answers its orderId and
 *       productOrderIds.</li>
 *   <li>{@code POST /__sandbox/events} {@code {"productOrderId":"…","event":"PICKUP"}}: a buyer, courier or Naver
 *       event on one product order.</li>
 *   <li>{@code POST /__sandbox/clock} {@code {"advanceMinutes":60}}: moves sandbox time on and runs what fell due.
 *       Token lifetimes follow this clock; rate limits follow real time.</li>
 *   <li>{@code GET /__sandbox/product-orders/{id}}: the product order as the sandbox holds it.</li>
 *   <li>{@code POST /__sandbox/faults}
 *       {@code {"endpoint":"DISPATCH","kind":"HOLD","rate":1.0,"latencyMs":60000,"count":1}}: adds a fault rule
 *       ({@code endpoint} is an endpoint name such as {@code QUERY_PRODUCT_ORDERS}, {@code TOKEN}, or {@code *};
 *       {@code rate} defaults to 1; {@code count} omitted means until cleared; posting the same endpoint and kind
 *       again replaces the rule). {@code GET /__sandbox/faults} lists the rules with what is left of each count;
 *       {@code DELETE /__sandbox/faults} removes them all. Kinds are those of
 *       {@link io.orderdesk.sandbox.server.FaultKind}.</li>
 *   <li>{@code GET /__sandbox/calls}: every API and token call received, oldest first, with time, endpoint, method,
 *       path, productOrderIds, applied, status, traceId and fault. {@code DELETE /__sandbox/calls} clears it.</li>
 * </ul>
 */
package io.orderdesk.sandbox.server;
