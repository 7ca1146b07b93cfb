import { call } from '../bridge';

/**
 * Asked for the moment this module is evaluated, before React and the editor load,
 * so that a large draft named on the command line is read while the page boots.
 */
export const startupRequest = call('getStartup', {});
