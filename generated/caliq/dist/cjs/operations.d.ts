import { type RestRuntime } from './runtime/rest-client.js';
import type { CaliqClientCallOptions, CaliqClientOptions } from './client.js';
import type { InteractionAddResults, InteractionCreateParams } from './types.js';
/** A connection to the API made by {@link connect}, passed to each endpoint function. */
export type CaliqClientConnection = RestRuntime;
/** Connects to the Caliq Web API: the options of `createClient`, no request is sent. */
export declare function connect(options: CaliqClientOptions): CaliqClientConnection;
/** `interactionCreate` of the client as a function of a connection. */
export declare function interactionCreate(connection: CaliqClientConnection, body: InteractionCreateParams, options?: CaliqClientCallOptions): Promise<InteractionAddResults>;
