import { type RestRuntime } from './runtime/rest-client.js';
import type { SeeTheProClientCallOptions, SeeTheProClientOptions } from './client.js';
import type { CreateVspInteraction, VspInteraction } from './types.js';
/** A connection to the API made by {@link connect}, passed to each endpoint function. */
export type SeeTheProClientConnection = RestRuntime;
/** Connects to the SeeThePro Web API: the options of `createClient`, no request is sent. */
export declare function connect(options: SeeTheProClientOptions): SeeTheProClientConnection;
/** `vspinteractionCreate` of the client as a function of a connection. */
export declare function vspinteractionCreate(connection: SeeTheProClientConnection, body: CreateVspInteraction, options?: SeeTheProClientCallOptions): Promise<VspInteraction>;
