import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { CarDealerClientCallOptions, CarDealerClientOptions, CarDealerClientSessionHeaders } from './client.js';
import type { AnyCar, GetSedansHeadersIn, GetSedansRequest, TradeInHeadersIn, TradeInRequest, TradeInResponse } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface CarDealerClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<CarDealerClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the CarDealer service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: CarDealerClientOptions, ...parts: SoapFeatures[]): CarDealerClientConnection;
/** `getSedans` of the client as a function of a connection. */
export declare function getSedans(connection: CarDealerClientConnection, input?: GetSedansRequest, options?: CarDealerClientCallOptions<GetSedansHeadersIn>): Promise<(AnyCar | null)[] | undefined>;
/** `tradeIn` of the client as a function of a connection. */
export declare function tradeIn(connection: CarDealerClientConnection, input?: TradeInRequest, options?: CarDealerClientCallOptions<TradeInHeadersIn>): Promise<TradeInResponse>;
